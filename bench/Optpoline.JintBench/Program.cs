using Optpoline.JintBench;

// Parent: weaves Jint, runs every program in child processes (stock, woven, interleaved), writes the table.
// Child:  one program, one variant, one process; prints one RESULT line of JSON.
// Record: the woven Jint over the whole workload, its site report written to a file (the baked variant's profile).
return args switch
{
    ["child", .. var rest] => Child.Run(ChildOptions.Parse(rest)),
    ["record", .. var rest] => Recorder.Run(RecordOptions.Parse(rest)),
    _ => Conductor.Run(BenchOptions.Parse(args)),
};
