namespace Optpoline.Workloads.Pipeline.Auth;

/// <summary><c>X-Api-Key: &lt;key&gt;</c>, for the services that call the shop.</summary>
public sealed class ApiKeyHandler(IReadOnlyDictionary<string, UserIdentity> keys) : IAuthenticationHandler
{
    public string Scheme => "ApiKey";

    public AuthenticationResult Authenticate(RequestContext context)
    {
        if (!context.Request.Headers.TryGet("X-Api-Key", out var key))
        {
            return AuthenticationResult.NoCredentials;
        }

        return keys.TryGetValue(key, out var service) ? AuthenticationResult.Success(service) : AuthenticationResult.Failed;
    }
}
