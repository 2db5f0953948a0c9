using System.Linq.Expressions;
using System.Reflection;

namespace Optpoline;

/// <summary>Reads the method out of a call-site expression such as <c>(s, x) => s.Scale(x)</c>.</summary>
internal static class CallExpression
{
    public static MethodInfo MethodOf(LambdaExpression lambda)
    {
        const string Shape = "A call site expression must be a single instance call on the first parameter, passing the other parameters in order, e.g. (s, x) => s.Scale(x).";
        if (lambda.Body is not MethodCallExpression { Object: ParameterExpression receiver } call
            || receiver != lambda.Parameters[0]
            || call.Arguments.Count != lambda.Parameters.Count - 1)
        {
            throw new ArgumentException(Shape, nameof(lambda));
        }

        for (var i = 0; i < call.Arguments.Count; i++)
        {
            if (call.Arguments[i] != lambda.Parameters[i + 1])
            {
                throw new ArgumentException(Shape, nameof(lambda));
            }
        }

        return call.Method;
    }
}
