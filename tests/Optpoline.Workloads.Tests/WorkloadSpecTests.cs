using Optpoline.Evaluation;
using Optpoline.Workloads.Libraries;

namespace Optpoline.Workloads.Tests;

/// <summary>The evaluation's list of workloads and the runner's agree: the evaluation only starts the runner, by name.</summary>
public sealed class WorkloadSpecTests
{
    [Fact]
    public void Libraries_ListedByTheEvaluation_AreTheRunnersLibraryWorkloadsInOrder() =>
        Assert.Equal(LibraryWorkloads.Names, WorkloadSpec.Libraries.Select(w => w.Name));

    [Fact]
    public void Presets_Workloads_LeaveTheLibraryWorkloadsOut()
    {
        foreach (var preset in new[] { Preset.Quick, Preset.Default, Preset.Full })
        {
            Assert.DoesNotContain(preset.Workloads, w => WorkloadSpec.Libraries.Contains(w));
        }
    }
}
