using System.Reflection;
using Optpoline.Cli;

namespace Optpoline.Rewriter.Tests;

/// <summary>Every shape of <c>Main</c> the C# compiler accepts is called as the host calls it.</summary>
public sealed class EntryPointTests
{
    private static string[]? s_seen;

    [Theory]
    [InlineData(nameof(VoidWithArgs), 0)]
    [InlineData(nameof(VoidWithoutArgs), 0)]
    [InlineData(nameof(IntWithArgs), 2)]
    [InlineData(nameof(IntWithoutArgs), 7)]
    [InlineData(nameof(TaskWithArgs), 0)]
    [InlineData(nameof(TaskOfIntWithArgs), 12)]
    [InlineData(nameof(TaskOfIntWithoutArgs), 9)]
    public void Invoke_EachMainShape_ReturnsItsExitCode(string name, int expected)
    {
        s_seen = null;

        var (exitCode, unhandled) = EntryPoint.Run(MainNamed(name), ["a", "b"]);

        Assert.Null(unhandled);
        Assert.Equal(expected, exitCode);
        if (MainNamed(name).GetParameters().Length == 1)
        {
            Assert.Equal(["a", "b"], s_seen!);
        }
    }

    [Fact]
    public void Run_MainThrows_ReturnsTheExceptionUnwrapped()
    {
        var (exitCode, unhandled) = EntryPoint.Run(MainNamed(nameof(Throws)), []);

        Assert.IsType<InvalidOperationException>(unhandled);
        Assert.NotEqual(0, exitCode);
    }

    [Fact]
    public void Run_AsyncMainThrows_ReturnsTheExceptionUnwrapped()
    {
        var (_, unhandled) = EntryPoint.Run(MainNamed(nameof(ThrowsAsync)), []);

        Assert.IsType<FormatException>(unhandled);
    }

    [Fact]
    public void Describe_ExceptionFromMain_ReadsAsTheRuntimePrintsItEndingAtMain()
    {
        var (_, unhandled) = EntryPoint.Run(MainNamed(nameof(Throws)), []);

        var text = EntryPoint.Describe(unhandled!);

        Assert.StartsWith("Unhandled exception. System.InvalidOperationException: from Main", text, StringComparison.Ordinal);
        Assert.Contains(nameof(Throws), text, StringComparison.Ordinal);
        Assert.DoesNotContain(typeof(EntryPoint).FullName!, text, StringComparison.Ordinal);
        Assert.EndsWith(unhandled!.StackTrace!.Split('\n')[0].TrimEnd('\r'), text, StringComparison.Ordinal);
    }

    private static MethodInfo MainNamed(string name) => typeof(EntryPointTests).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!;

    private static void VoidWithArgs(string[] args) => s_seen = args;

    private static void VoidWithoutArgs() => s_seen = [];

    private static int IntWithArgs(string[] args)
    {
        s_seen = args;
        return args.Length;
    }

    private static int IntWithoutArgs() => 7;

    private static async Task TaskWithArgs(string[] args)
    {
        await Task.Yield();
        s_seen = args;
    }

    private static async Task<int> TaskOfIntWithArgs(string[] args)
    {
        await Task.Yield();
        s_seen = args;
        return 12;
    }

    private static async Task<int> TaskOfIntWithoutArgs()
    {
        await Task.Yield();
        return 9;
    }

    private static void Throws() => throw new InvalidOperationException("from Main");

    private static async Task ThrowsAsync()
    {
        await Task.Yield();
        throw new FormatException("from async Main");
    }
}
