namespace Optpoline.Workloads.Pipeline.Auth;

/// <summary>Who a request comes from: a user of the shop, a service, or nobody.</summary>
public sealed record UserIdentity(string Name, int? UserId, IReadOnlyList<string> Roles, IReadOnlyList<string> Scopes, string Scheme)
{
    public static readonly UserIdentity Anonymous = new("anonymous", null, [], [], "none");

    public bool IsAuthenticated => !ReferenceEquals(this, Anonymous);

    public bool IsInRole(string role) => Roles.Contains(role);

    public bool HasScope(string scope) => Scopes.Contains(scope);
}
