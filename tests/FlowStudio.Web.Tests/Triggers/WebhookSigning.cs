using System.Security.Cryptography;
using System.Text;

namespace FlowStudio.Web.Tests.Triggers;

/// <summary>What a generic-HMAC sender does: hex HMAC-SHA256 of the exact body in X-Signature.</summary>
public static class WebhookSigning
{
    public static HttpRequestMessage SignedRequest(string hookKey, string body, string secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/hooks/{hookKey}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Signature", "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body))));
        return request;
    }
}
