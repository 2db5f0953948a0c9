using System.Linq.Expressions;
using System.Reflection;

namespace Optpoline;

/// <summary>
/// Reads the method out of a call-site expression such as <c>(s, x) =&gt; s.Scale(x)</c>, or, for a
/// delegate site, <c>(f, x) =&gt; f(x)</c> (the method is then the delegate type's <c>Invoke</c>).
/// </summary>
internal static class CallExpression
{
    public static MethodInfo MethodOf(LambdaExpression lambda)
    {
        const string Shape = "A call site expression must be a single instance call on the first parameter (or an invocation of it, when it is a delegate), passing the other parameters in order, e.g. (s, x) => s.Scale(x) or (f, x) => f(x).";
        var (receiver, method, arguments) = lambda.Body switch
        {
            MethodCallExpression { Object: ParameterExpression target } call => (target, call.Method, call.Arguments),
            InvocationExpression { Expression: ParameterExpression target } invocation => (target, target.Type.GetMethod("Invoke"), invocation.Arguments),
            _ => (null, null, null),
        };

        if (receiver is null || method is null || arguments is null
            || receiver != lambda.Parameters[0]
            || arguments.Count != lambda.Parameters.Count - 1)
        {
            throw new ArgumentException(Shape, nameof(lambda));
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] != lambda.Parameters[i + 1])
            {
                throw new ArgumentException(Shape, nameof(lambda));
            }
        }

        return method;
    }
}
