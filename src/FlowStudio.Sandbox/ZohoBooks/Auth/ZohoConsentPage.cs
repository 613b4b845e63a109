using System.Text;
using System.Text.Encodings.Web;

namespace FlowStudio.Sandbox.ZohoBooks.Auth;

/// <summary>
/// The sandbox's stand-in for Zoho's consent screen: which app asks for which scopes, and Accept / Deny.
/// The form posts back to the authorize endpoint with the request's parameters as hidden fields.
/// </summary>
internal static class ZohoConsentPage
{
    public static string Render(ConsentRequest request, string postUrl)
    {
        var html = HtmlEncoder.Default;
        var scopes = new StringBuilder();
        foreach (var scope in request.Scopes)
        {
            scopes.Append("<li><code>").Append(html.Encode(scope)).Append("</code></li>");
        }

        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8" />
              <title>Zoho Accounts (sandbox) · Grant access</title>
              <style>
                body { font-family: system-ui, sans-serif; background: #f4f6f8; margin: 0; color: #1f2933; }
                main { max-width: 480px; margin: 64px auto; background: #fff; border-radius: 8px; padding: 32px;
                       box-shadow: 0 2px 8px rgba(0,0,0,.12); }
                h1 { font-size: 1.3rem; margin: 0 0 4px; }
                .note { color: #52606d; font-size: .9rem; }
                ul { padding-left: 20px; } code { font-size: .85rem; }
                .actions { display: flex; gap: 12px; justify-content: flex-end; margin-top: 24px; }
                button { font-size: 1rem; padding: 8px 20px; border-radius: 4px; border: 1px solid #c0392b; cursor: pointer; }
                .accept { background: #226db4; border-color: #226db4; color: #fff; }
                .deny { background: #fff; color: #c0392b; }
              </style>
            </head>
            <body>
              <main>
                <p class="note">Zoho Accounts · FlowStudio sandbox</p>
                <h1 data-testid="consent-title">Grant access to your Zoho Books data?</h1>
                <p>The application with client id <code data-testid="consent-client-id">{{html.Encode(request.ClientId)}}</code> asks for:</p>
                <ul data-testid="consent-scopes">{{scopes}}</ul>
                <p class="note">Organisation: {{html.Encode(ZohoSandboxDemo.OrganizationName)}}. After you decide you return to
                  <code>{{html.Encode(request.RedirectUri)}}</code>.</p>
                <form method="post" action="{{html.Encode(postUrl)}}">
                  <input type="hidden" name="client_id" value="{{html.Encode(request.ClientId)}}" />
                  <input type="hidden" name="redirect_uri" value="{{html.Encode(request.RedirectUri)}}" />
                  <input type="hidden" name="scope" value="{{html.Encode(string.Join(',', request.Scopes))}}" />
                  <input type="hidden" name="state" value="{{html.Encode(request.State)}}" />
                  <div class="actions">
                    <button type="submit" name="decision" value="deny" class="deny" data-testid="consent-deny">Deny</button>
                    <button type="submit" name="decision" value="accept" class="accept" data-testid="consent-accept">Accept</button>
                  </div>
                </form>
              </main>
            </body>
            </html>
            """;
    }
}

/// <summary>A validated consent request: the client, where to return, the scopes asked for and the caller's state.</summary>
internal sealed record ConsentRequest(string ClientId, string RedirectUri, IReadOnlyList<string> Scopes, string State);
