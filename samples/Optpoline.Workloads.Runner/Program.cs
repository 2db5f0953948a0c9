using Optpoline.Workloads.Runner;

// One workload, one process: dotnet Optpoline.Workloads.Runner.dll <workload> [--warmup S] [--seconds S] ...
// Prints one line "RESULT {json}". Under 'optpoline run' the same binaries run woven.
return RunnerProgram.Run(args, Console.Out, Console.Error);
