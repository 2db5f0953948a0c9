namespace Optpoline.Rewriter.Tests;

/// <summary>
/// The tests that run whole <c>dotnet build</c>s of temporary projects (<see cref="MSBuildTests"/>,
/// <see cref="PackageTests"/>) run one at a time: each build is a tree of processes of its own, and
/// MSBuildTests records a profile in a timed run that a concurrent build would starve of samples.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ProjectBuilds
{
    public const string Name = "project builds";
}
