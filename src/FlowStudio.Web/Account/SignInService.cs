using FlowStudio.Core.Auditing;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Identity;
using FlowStudio.Web.Hosting;
using Microsoft.AspNetCore.Identity;

namespace FlowStudio.Web.Account;

/// <summary>Password sign-in with lockout, audited for every outcome and counted in metrics.</summary>
public sealed class SignInService(
    SignInManager<ApplicationUser> signInManager,
    AuditLog audit,
    FlowStudioMetrics metrics,
    ILogger<SignInService> logger)
{
    private const int MaxRecordedEmailLength = 256;

    public async Task<SignInOutcome> SignInAsync(string email, string password, bool remember, string? ipAddress)
    {
        ArgumentNullException.ThrowIfNull(email);
        email = email.Trim();
        var user = await signInManager.UserManager.FindByEmailAsync(email);
        var result = user is null
            ? SignInResult.Failed
            : await signInManager.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        var outcome = result switch
        {
            { Succeeded: true } => SignInOutcome.Succeeded,
            { IsLockedOut: true } => SignInOutcome.LockedOut,
            { IsNotAllowed: true } => SignInOutcome.NotAllowed,
            _ => SignInOutcome.Failed,
        };

        var shownEmail = email.Length > MaxRecordedEmailLength ? email[..MaxRecordedEmailLength] : email;
        var actor = new AuditActor(user?.Id, user?.Email ?? shownEmail, ipAddress);
        var (action, summary) = outcome switch
        {
            SignInOutcome.Succeeded => (AuditActions.SignInSucceeded, $"{shownEmail} signed in"),
            SignInOutcome.LockedOut => (AuditActions.SignInLockedOut, $"Sign-in refused for {shownEmail}: locked out"),
            SignInOutcome.NotAllowed => (AuditActions.SignInNotAllowed, $"Sign-in refused for {shownEmail}: account disabled"),
            _ => (AuditActions.SignInFailed, user is null
                ? $"Sign-in failed for {shownEmail}: no such user"
                : $"Sign-in failed for {shownEmail}: wrong password"),
        };
        await audit.RecordAsync(actor, new AuditRecord(action, summary, "User", user?.Id));
        metrics.SignInAttempted(outcome.ToString());
        logger.LogInformation("Sign-in {Outcome} for user {UserId} from {IpAddress}", outcome, user?.Id, ipAddress);
        return outcome;
    }
}
