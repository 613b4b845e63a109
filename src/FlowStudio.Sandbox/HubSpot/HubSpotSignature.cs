using System.Security.Cryptography;
using System.Text;

namespace FlowStudio.Sandbox.HubSpot;

/// <summary>
/// HubSpot's v3 request signature (developers.hubspot.com request-validation): <c>X-HubSpot-Signature-v3</c> is the
/// base64 HMAC-SHA256, keyed with the app's client secret, of <c>method + uri + body + timestamp</c>, where the
/// timestamp (epoch milliseconds) is sent as <c>X-HubSpot-Request-Timestamp</c> and the uri is the full hook URL.
/// </summary>
public static class HubSpotSignature
{
    public const string HeaderName = "X-HubSpot-Signature-v3";
    public const string TimestampHeader = "X-HubSpot-Request-Timestamp";

    public static string Sign(string clientSecret, string method, string uri, string body, long timestampMs)
    {
        ArgumentNullException.ThrowIfNull(clientSecret);
        var source = method + uri + body + timestampMs.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(clientSecret), Encoding.UTF8.GetBytes(source)));
    }
}
