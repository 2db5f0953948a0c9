namespace Optpoline.Workloads.Pipeline.Auth;

/// <summary>The route's user id is the caller's own, or the caller is an administrator or a service.</summary>
public sealed class ResourceOwnerRequirement(string routeValue) : IAuthorizationRequirement
{
    public bool IsSatisfied(RequestContext context)
    {
        if (context.User.IsInRole("admin") || context.User.IsInRole("service"))
        {
            return true;
        }

        return context.RouteValues.TryGet(routeValue, out var id) && context.User.UserId is { } own && id == own.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
