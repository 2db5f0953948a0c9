namespace Optpoline.Workloads.Pipeline.Auth;

public sealed class AuthenticatedRequirement : IAuthorizationRequirement
{
    public bool IsSatisfied(RequestContext context) => context.User.IsAuthenticated;
}
