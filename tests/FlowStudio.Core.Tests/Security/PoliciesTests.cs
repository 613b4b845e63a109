using FlowStudio.Core.Security;

namespace FlowStudio.Core.Tests.Security;

public sealed class PoliciesTests
{
    [Theory]
    [InlineData(Policies.View, new[] { Roles.Admin, Roles.Designer, Roles.Reviewer, Roles.Viewer })]
    [InlineData(Policies.Design, new[] { Roles.Admin, Roles.Designer })]
    [InlineData(Policies.Review, new[] { Roles.Admin, Roles.Reviewer })]
    [InlineData(Policies.Administer, new[] { Roles.Admin })]
    public void RolesFor_Policy_AdmitsExactlyTheseRoles(string policy, string[] roles) =>
        Policies.RolesFor(policy).ShouldBe(roles, ignoreOrder: true);

    [Fact]
    public void RolesFor_UnknownPolicy_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Policies.RolesFor("Everything")).Message.ShouldContain("Everything");

    [Fact]
    public void Describe_EveryRole_HasADescription()
    {
        foreach (var role in Roles.All)
        {
            Roles.Describe(role).ShouldNotBeNullOrWhiteSpace();
        }

        Should.Throw<ArgumentOutOfRangeException>(() => Roles.Describe("Root"));
    }
}
