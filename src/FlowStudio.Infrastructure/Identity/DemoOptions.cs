namespace FlowStudio.Infrastructure.Identity;

/// <summary><c>Demo:Enabled</c>: seeds one user per role with the credentials in <see cref="DemoUsers"/>.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }
}
