using System.Reflection;
using FlowStudio.Core.Security;
using FlowStudio.Web.Navigation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace FlowStudio.Web.Tests.Security;

/// <summary>Every routable page states its access explicitly, and the menu agrees with the pages.</summary>
public sealed class PageAuthorizationTests
{
    private static readonly string[] PublicPages = ["/account/login", "/not-found", "/error"];

    private static IEnumerable<(Type Page, string Route)> Pages() =>
        typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => (t, r.Template)));

    [Fact]
    public void EveryPage_HasAuthorizeOrAllowAnonymous()
    {
        var pages = Pages().ToList();
        pages.ShouldNotBeEmpty();
        foreach (var (page, route) in pages)
        {
            var authorize = page.GetCustomAttribute<AuthorizeAttribute>();
            var anonymous = page.GetCustomAttribute<AllowAnonymousAttribute>();
            (authorize is not null ^ anonymous is not null).ShouldBeTrue($"{route} ({page.Name}) must carry exactly one of [Authorize(Policy)] or [AllowAnonymous]");
            if (authorize is not null)
            {
                Policies.All.ShouldContain(authorize.Policy, $"{route} names a known policy");
            }
        }
    }

    [Fact]
    public void OnlyAccountAndErrorPages_AreAnonymous()
    {
        Pages().Where(p => p.Page.GetCustomAttribute<AllowAnonymousAttribute>() is not null)
            .Select(p => p.Route).OrderBy(r => r, StringComparer.Ordinal)
            .ShouldBe(PublicPages.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NavigationCatalog_MatchesPagePolicies()
    {
        var routes = Pages().ToDictionary(p => p.Route, p => p.Page.GetCustomAttribute<AuthorizeAttribute>()?.Policy);
        foreach (var item in NavigationCatalog.Items)
        {
            routes.ShouldContainKey(item.Href, $"menu entry {item.Title} points at a page that exists");
            routes[item.Href].ShouldBe(item.Policy, $"menu entry {item.Title} uses its page's policy");
        }
    }
}
