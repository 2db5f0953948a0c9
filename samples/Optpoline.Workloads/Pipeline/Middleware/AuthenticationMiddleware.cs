using Optpoline.Workloads.Pipeline.Auth;
using Optpoline.Workloads.Pipeline.Results;

namespace Optpoline.Workloads.Pipeline.Middleware;

/// <summary>
/// Asks each scheme in turn; the first that recognises its credentials decides. Wrong credentials
/// are answered with 401 at once; none at all leave the request anonymous for authorization to judge.
/// </summary>
public sealed class AuthenticationMiddleware(IReadOnlyList<IAuthenticationHandler> schemes) : IMiddleware
{
    private static readonly ProblemResult s_invalid = new(401, "Invalid credentials");

    public void Invoke(RequestContext context, IRequestHandler next)
    {
        foreach (var scheme in schemes)
        {
            var result = scheme.Authenticate(context);
            if (result.Outcome == AuthenticationOutcome.Succeeded)
            {
                context.User = result.User!;
                break;
            }

            if (result.Outcome == AuthenticationOutcome.Failed)
            {
                context.Response.Headers.Set("WWW-Authenticate", scheme.Scheme);
                s_invalid.Execute(context);
                return;
            }
        }

        next.Handle(context);
    }
}
