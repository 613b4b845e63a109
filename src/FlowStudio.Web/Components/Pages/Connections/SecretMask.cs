using System.Globalization;

namespace FlowStudio.Web.Components.Pages.Connections;

/// <summary>How a stored secret is shown: never its value, only that it is set and since when.</summary>
public static class SecretMask
{
    public const string Dots = "••••••••";

    public static string Describe(bool isSet, DateTimeOffset? since) =>
        !isSet ? "not set"
        : since is { } at ? $"{Dots} set {at.UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}"
        : $"{Dots} set";
}
