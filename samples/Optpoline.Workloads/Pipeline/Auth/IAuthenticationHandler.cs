namespace Optpoline.Workloads.Pipeline.Auth;

/// <summary>An authentication scheme: reads its credentials from a request, if it has any.</summary>
public interface IAuthenticationHandler
{
    string Scheme { get; }

    AuthenticationResult Authenticate(RequestContext context);
}
