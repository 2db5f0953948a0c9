using System.Diagnostics;
using System.Reflection;

namespace Optpoline.Cli;

/// <summary>
/// Calls an app's entry point as the .NET host would: <c>Main(string[])</c> or <c>Main()</c>,
/// returning <c>void</c>, <c>int</c>, <c>Task</c> or <c>Task&lt;int&gt;</c>. The exit code is what
/// <c>Main</c> returns, or <see cref="Environment.ExitCode"/> when it returns nothing.
/// </summary>
/// <remarks>
/// <c>Main</c> is called through a delegate, not <see cref="MethodBase.Invoke(object?, object?[])"/>:
/// an exception then leaves <c>Main</c> unwrapped, so the trace printed for an unhandled exception
/// ends at <c>Main</c> as the runtime's does (<see cref="Describe"/> drops the catching frame, which
/// a stack trace always shows).
/// </remarks>
internal static class EntryPoint
{
    /// <summary>Runs <paramref name="main"/> with <paramref name="args"/>: its exit code, or the exception it ended with.</summary>
    public static (int ExitCode, Exception? Unhandled) Run(MethodInfo main, string[] args)
    {
        try
        {
            return (Invoke(main, args), null);
        }
#pragma warning disable CA1031 // The app's unhandled exception: reported like the runtime reports it, after the site report is written.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (ExitCodes.UnhandledException, e);
        }
    }

    /// <summary>An unhandled exception as the runtime prints it: <c>Unhandled exception. </c> and <see cref="Exception.ToString"/>, without this type's frame.</summary>
    public static string Describe(Exception unhandled)
    {
        var text = unhandled.ToString();
        var trace = unhandled.StackTrace ?? "";
        var last = trace.LastIndexOf('\n') + 1;
        var ours = trace[last..];
        if (last > 0 && ours.TrimStart().StartsWith("at " + typeof(EntryPoint).FullName + ".", StringComparison.Ordinal) && text.EndsWith(ours, StringComparison.Ordinal))
        {
            text = text[..^ours.Length].TrimEnd('\r', '\n');
        }

        return "Unhandled exception. " + text;
    }

    /// <summary>Runs <paramref name="main"/> with <paramref name="args"/>; returns the exit code, or throws what <c>Main</c> threw.</summary>
    [StackTraceHidden]
    public static int Invoke(MethodInfo main, string[] args)
    {
        var parameters = main.GetParameters();
        if (!main.IsStatic || parameters.Length > 1 || (parameters.Length == 1 && parameters[0].ParameterType != typeof(string[])))
        {
            throw new ArgumentException($"{main.DeclaringType?.FullName}.{main.Name} is not an entry point: it must be static and take no parameters or a string[].", nameof(main));
        }

        var withArgs = parameters.Length == 1;
        var returns = main.ReturnType;
        if (returns == typeof(void))
        {
            if (withArgs)
            {
                main.CreateDelegate<Action<string[]>>()(args);
            }
            else
            {
                main.CreateDelegate<Action>()();
            }

            return Environment.ExitCode;
        }

        if (returns == typeof(int))
        {
            return withArgs ? main.CreateDelegate<Func<string[], int>>()(args) : main.CreateDelegate<Func<int>>()();
        }

        if (returns == typeof(Task<int>))
        {
            var task = withArgs ? main.CreateDelegate<Func<string[], Task<int>>>()(args) : main.CreateDelegate<Func<Task<int>>>()();
            return task.GetAwaiter().GetResult();
        }

        if (returns == typeof(Task))
        {
            var task = withArgs ? main.CreateDelegate<Func<string[], Task>>()(args) : main.CreateDelegate<Func<Task>>()();
            task.GetAwaiter().GetResult();
            return Environment.ExitCode;
        }

        throw new ArgumentException($"{main.DeclaringType?.FullName}.{main.Name} returns {returns}; an entry point returns void, int, Task or Task<int>.", nameof(main));
    }
}
