namespace Optpoline.Workloads.Pipeline.Auth;

/// <summary><c>Authorization: Bearer &lt;token&gt;</c>, opaque tokens the shop issued to its users.</summary>
public sealed class BearerTokenHandler(IReadOnlyDictionary<string, UserIdentity> tokens) : IAuthenticationHandler
{
    public string Scheme => "Bearer";

    public AuthenticationResult Authenticate(RequestContext context)
    {
        if (!context.Request.Headers.TryGet("Authorization", out var header) || !header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return AuthenticationResult.NoCredentials;
        }

        return tokens.TryGetValue(header[7..], out var user) ? AuthenticationResult.Success(user) : AuthenticationResult.Failed;
    }
}
