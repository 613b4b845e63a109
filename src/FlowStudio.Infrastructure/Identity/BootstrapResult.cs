namespace FlowStudio.Infrastructure.Identity;

/// <summary>What start-up did about the first admin. <see cref="GeneratedPassword"/> is set only when one was generated.</summary>
public sealed record BootstrapResult(string AdminEmail, bool AdminCreated, string? GeneratedPassword, int DemoUsersCreated);
