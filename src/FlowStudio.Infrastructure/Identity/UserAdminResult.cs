namespace FlowStudio.Infrastructure.Identity;

/// <summary>Outcome of a user administration command; on failure nothing was changed.</summary>
public sealed record UserAdminResult(bool Succeeded, IReadOnlyList<string> Errors)
{
    public static UserAdminResult Success { get; } = new(true, []);

    public static UserAdminResult Failure(params string[] errors) => new(false, errors);
}
