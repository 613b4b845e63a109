using System.Text.Json;
using Microsoft.Playwright;

namespace FlowStudio.E2E.Support;

/// <summary>The e2e tests share one app, so a sandbox connection may already exist when a journey starts.</summary>
public static class SandboxConnections
{
    /// <summary>The id of the <paramref name="connector"/> sandbox connection, read from the API as the signed-in page's user; null when there is none.</summary>
    public static async Task<string?> FindAsync(IPage page, string connector)
    {
        ArgumentNullException.ThrowIfNull(page);
        var response = await page.APIRequest.GetAsync("/api/v1/connections");
        response.Ok.ShouldBeTrue($"GET /api/v1/connections answered {response.Status}");
        using var connections = JsonDocument.Parse(await response.TextAsync());
        return connections.RootElement.EnumerateArray()
            .Where(c => c.GetProperty("connector").GetString() == connector && c.GetProperty("isSandbox").GetBoolean())
            .Select(c => c.GetProperty("id").GetString())
            .FirstOrDefault();
    }
}
