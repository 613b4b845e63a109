namespace FlowStudio.Core.Auditing;

/// <summary>Stable action names written to the audit log. Later features add their own.</summary>
public static class AuditActions
{
    public const string SignInSucceeded = "auth.sign-in.succeeded";
    public const string SignInFailed = "auth.sign-in.failed";
    public const string SignInLockedOut = "auth.sign-in.locked-out";
    public const string SignInNotAllowed = "auth.sign-in.not-allowed";
    public const string SignedOut = "auth.signed-out";
    public const string UserCreated = "user.created";
    public const string UserRolesChanged = "user.roles-changed";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string UserUnlocked = "user.unlocked";
    public const string UserPasswordReset = "user.password-reset";
    public const string TokenCreated = "api-token.created";
    public const string TokenRevoked = "api-token.revoked";
    public const string FlowCreated = "flow.created";
    public const string FlowDraftSaved = "flow.draft-saved";
    public const string FlowPublished = "flow.published";
    public const string FlowRestored = "flow.restored";
    public const string FlowArchived = "flow.archived";
    public const string FlowUnarchived = "flow.unarchived";
    public const string FlowUnpublished = "flow.unpublished";
    public const string RunStarted = "run.started";
    public const string RunRetried = "run.retried";
    public const string RunCancelled = "run.cancelled";
    public const string RunWaitResolved = "run.wait-resolved";
    public const string TriggerPaused = "trigger.paused";
    public const string TriggerResumed = "trigger.resumed";
    public const string TriggerBackfilled = "trigger.backfilled";
    public const string TriggerPolledNow = "trigger.polled-now";
    public const string InboxRedelivered = "inbox.redelivered";
    public const string ConnectionCreated = "connection.created";
    public const string ConnectionSettingsChanged = "connection.settings-changed";
    public const string ConnectionSecretsRotated = "connection.secrets-rotated";
    public const string ConnectionRenamed = "connection.renamed";
    public const string ConnectionDeleted = "connection.deleted";
    public const string ConnectionTested = "connection.tested";
    public const string LookupCreated = "lookup.created";
    public const string LookupUpdated = "lookup.updated";
    public const string LookupImported = "lookup.imported";
    public const string LookupDeleted = "lookup.deleted";

    public static IReadOnlyList<string> All { get; } =
    [
        SignInSucceeded, SignInFailed, SignInLockedOut, SignInNotAllowed, SignedOut,
        UserCreated, UserRolesChanged, UserDisabled, UserEnabled, UserUnlocked, UserPasswordReset,
        TokenCreated, TokenRevoked, FlowCreated, FlowDraftSaved, FlowPublished, FlowRestored, FlowArchived, FlowUnarchived, FlowUnpublished,
        RunStarted, RunRetried, RunCancelled, RunWaitResolved,
        TriggerPaused, TriggerResumed, TriggerBackfilled, TriggerPolledNow, InboxRedelivered,
        ConnectionCreated, ConnectionSettingsChanged, ConnectionSecretsRotated, ConnectionRenamed, ConnectionDeleted, ConnectionTested,
        LookupCreated, LookupUpdated, LookupImported, LookupDeleted,
    ];
}
