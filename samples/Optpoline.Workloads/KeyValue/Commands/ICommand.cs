namespace Optpoline.Workloads.KeyValue.Commands;

/// <summary>A command of the server, looked up by name in the <see cref="CommandTable"/>.</summary>
public interface ICommand
{
    /// <summary>The name, in upper case.</summary>
    string Name { get; }

    /// <summary>Arguments with the name, as Redis gives it: n means exactly n, -n at least n.</summary>
    int Arity { get; }

    CommandCategories Categories { get; }

    void Execute(CommandContext context);
}
