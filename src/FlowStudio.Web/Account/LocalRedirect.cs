namespace FlowStudio.Web.Account;

/// <summary>Keeps post-sign-in redirects inside the app, so a crafted returnUrl cannot send someone elsewhere.</summary>
public static class LocalRedirect
{
    public static string Sanitize(string? returnUrl)
    {
        if (string.IsNullOrWhiteSpace(returnUrl))
        {
            return "/";
        }

        var isLocal = returnUrl[0] == '/'
            && (returnUrl.Length == 1 || (returnUrl[1] != '/' && returnUrl[1] != '\\'))
            && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative);
        return isLocal && !returnUrl.StartsWith("/account/log", StringComparison.OrdinalIgnoreCase) ? returnUrl : "/";
    }
}
