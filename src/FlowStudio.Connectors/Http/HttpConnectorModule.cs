using System.Collections.Immutable;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Connections;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Connectors.Http;

/// <summary>
/// Credentials for the HTTP request node: any REST API without a dedicated connector. It has no operations of its own;
/// <see cref="HttpRequestSender"/> applies its authentication to requests under its base URL.
/// </summary>
public sealed class HttpConnectorModule(HttpRequestSender sender) : IConnectorModule
{
    public string Connector => HttpConnectionSettings.Connector;

    public string DisplayName => "HTTP / REST API";

    public string Category => "Data";

    public string Icon => "Icons.Material.Filled.Http";

    public ImmutableArray<ConnectorOperationDescriptor> Operations => [];

    public ImmutableArray<ConnectionFieldDescriptor> ConnectionFields { get; } =
    [
        new(HttpConnectionSettings.BaseUrl, "Base URL") { HelpText = "e.g. https://api.example.com/v1/ — credentials are sent only to URLs under it." },
        new(HttpConnectionSettings.AuthType, "Authentication")
        {
            DefaultValue = "bearer",
            Options = [new("bearer", "Bearer token"), new("basic", "Username and password"), new("header", "API key header"), new("none", "None")],
        },
        new(HttpConnectionSettings.Token, "Bearer token") { IsSecret = true, Required = false },
        new(HttpConnectionSettings.Username, "Username") { Required = false },
        new(HttpConnectionSettings.Password, "Password") { IsSecret = true, Required = false },
        new(HttpConnectionSettings.HeaderName, "API key header name") { Required = false, HelpText = "e.g. X-Api-Key" },
        new(HttpConnectionSettings.HeaderValue, "API key") { IsSecret = true, Required = false },
    ];

    public Task<CallResult> InvokeAsync(ConnectorCall request, ResolvedConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(CallResult.Failed(StepError.Permanent(
            $"An HTTP connection has no operations; use the HTTP request node with this connection instead of '{request.Operation}'.", "http.no_operations")));
    }

    public async Task<ConnectionTestResult> TestAsync(ResolvedConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!Uri.TryCreate(connection.Setting(HttpConnectionSettings.BaseUrl), UriKind.Absolute, out var baseUrl))
        {
            return ConnectionTestResult.Failure("The base URL is not an absolute http(s) URL.");
        }

        var result = await sender.SendAsync(connection, HttpMethod.Get, baseUrl, cancellationToken).ConfigureAwait(false);
        return result switch
        {
            { Failure: { } failure } => ConnectionTestResult.Failure(failure.Message),
            _ => ConnectionTestResult.Success($"Reached {baseUrl.GetLeftPart(UriPartial.Authority)}."),
        };
    }
}
