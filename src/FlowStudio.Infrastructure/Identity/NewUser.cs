namespace FlowStudio.Infrastructure.Identity;

public sealed record NewUser(string Email, string DisplayName, string Role, string Password);
