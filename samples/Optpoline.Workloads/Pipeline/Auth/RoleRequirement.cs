namespace Optpoline.Workloads.Pipeline.Auth;

public sealed class RoleRequirement(string role) : IAuthorizationRequirement
{
    public bool IsSatisfied(RequestContext context) => context.User.IsInRole(role);
}
