using System.Text.Json;
using FlowStudio.Core.Validation;
using FlowStudio.Infrastructure.Flows;

namespace FlowStudio.Web.Api;

public sealed record FlowResponse(FlowSummary Flow, JsonElement Definition, IReadOnlyList<FlowVersionSummary> Versions);

public sealed record FlowSavedResponse(FlowSummary Flow, IReadOnlyList<ValidationIssue> Issues);

public sealed record ValidationResponse(bool Valid, IReadOnlyList<ValidationIssue> Issues);
