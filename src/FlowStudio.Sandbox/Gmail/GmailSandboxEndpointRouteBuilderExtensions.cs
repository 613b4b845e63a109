using FlowStudio.Sandbox.Gmail.Api;
using FlowStudio.Sandbox.Gmail.Data;
using FlowStudio.Sandbox.Google;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FlowStudio.Sandbox.Gmail;

public static class GmailSandboxEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Mounts the token endpoint and the Gmail API (anonymous to ASP.NET Core; they check Google bearer tokens) and
    /// the admin endpoints (reset, faults, mailbox) under <c>/sandbox/gmail/_admin</c>, which need <paramref name="adminPolicy"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapGmailSandbox(this IEndpointRouteBuilder routes, string adminPolicy)
    {
        routes.MapPost(GmailSandboxDemo.TokenPath, (HttpRequest request, GoogleSandboxTokens tokens, CancellationToken ct) =>
                GoogleTokenEndpoint.HandleAsync(request, tokens, GmailSandboxDemo.ClientId, GmailSandboxDemo.ClientSecret, GmailSandboxDemo.RefreshToken, GmailSandboxDemo.Scope, ct))
            .AllowAnonymous().DisableAntiforgery().WithName("GmailSandboxToken").WithTags("Gmail sandbox");
        routes.MapGroup(GmailSandboxDemo.ApiPath).AllowAnonymous().DisableAntiforgery().WithTags("Gmail sandbox").MapGmailApi();

        var admin = routes.MapGroup(GmailSandboxDemo.BasePath + "/_admin").RequireAuthorization(adminPolicy).WithTags("Gmail sandbox admin");
        admin.MapPost("/reset", async (GmailMailbox mailbox, GmailFaults faults, GoogleMinuteLimiter limiter, CancellationToken ct) =>
        {
            await mailbox.ResetAsync(ct);
            faults.Set(new GoogleFaultSettings());
            limiter.Reset();
            return TypedResults.NoContent();
        }).WithName("GmailSandboxReset");
        admin.MapGet("/faults", (GmailFaults faults) => TypedResults.Ok(faults.Settings)).WithName("GmailSandboxGetFaults");
        admin.MapPut("/faults", (GoogleFaultSettings settings, GmailFaults faults) =>
        {
            faults.Set(settings);
            return TypedResults.Ok(settings);
        }).WithName("GmailSandboxPutFaults");
        admin.MapGet("/messages", async (string? label, GmailMailbox mailbox, CancellationToken ct) =>
            TypedResults.Ok((await mailbox.ListAsync(label, 200, ct)).Select(m => new
            {
                m.Id, m.ThreadId, m.MessageIdHeader, m.From, m.To, m.Cc, m.Bcc, m.Subject, m.TextBody, m.HtmlBody, m.LabelIds, m.InternalDate,
            }))).WithName("GmailSandboxMessages");
        return routes;
    }
}
