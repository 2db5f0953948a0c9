namespace Optpoline.Workloads.Pipeline.Auth;

/// <summary>The caller holds the scope; users of the shop hold every customer scope.</summary>
public sealed class ScopeRequirement(string scope) : IAuthorizationRequirement
{
    public bool IsSatisfied(RequestContext context) => context.User.HasScope(scope);
}
