namespace FlowStudio.Web.Components.Pages.Connections;

/// <summary>How a real Zoho Books connection gets its refresh token in the new-connection dialog.</summary>
public enum ZohoConnectWay
{
    /// <summary>The OAuth consent round trip (the recommended way, and the default).</summary>
    SignIn,

    /// <summary>A refresh token generated elsewhere (e.g. a self-client in the Zoho API console), pasted in.</summary>
    PasteRefreshToken,
}
