using System.Text;
using FlowStudio.Core.Flows;

namespace FlowStudio.Web.Api;

/// <summary>Reads a flow JSON document from a request body, turning format errors into a 400 that says what and where.</summary>
internal static class FlowDocumentReader
{
    public const int MaxDocumentBytes = 2 * 1024 * 1024;

    public static async Task<(FlowDefinition? Definition, IResult? Problem)> ReadAsync(HttpRequest request)
    {
        if (request.ContentLength > MaxDocumentBytes)
        {
            return (null, TypedResults.Problem(
                $"The flow document is larger than {MaxDocumentBytes / 1024 / 1024} MB.", statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Flow document too large"));
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var json = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        try
        {
            return (FlowSerializer.Deserialize(json), null);
        }
        catch (FlowFormatException e)
        {
            return (null, TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid flow document",
                extensions: new Dictionary<string, object?> { ["path"] = e.Path, ["line"] = e.Line, ["column"] = e.Column }));
        }
    }
}
