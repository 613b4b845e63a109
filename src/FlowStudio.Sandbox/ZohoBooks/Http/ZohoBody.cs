using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace FlowStudio.Sandbox.ZohoBooks.Http;

/// <summary>Reads a JSON body, or the form field <c>JSONString</c> that older Zoho clients send.</summary>
public static class ZohoBody
{
    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        string json;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            json = form["JSONString"].ToString();
        }
        else
        {
            using var reader = new StreamReader(request.Body);
            json = await reader.ReadToEndAsync(cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(json))
        {
            throw ZohoApiException.InvalidValue("JSONString");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(json, ZohoJson.Options) ?? throw ZohoApiException.InvalidValue("JSONString");
        }
        catch (JsonException ex) when (ex.Path is { Length: > 2 } path)
        {
            throw ZohoApiException.InvalidValue(path[2..]);
        }
        catch (JsonException)
        {
            throw new ZohoApiException(400, ZohoErrorCodes.JsonNotWellFormed, "JSON is not well formed");
        }
    }
}
