using Optpoline.JintBench;

// Parent: weaves Jint, runs every program in child processes (stock, woven, interleaved), writes the table.
// Child:  one program, one variant, one process; prints one RESULT line of JSON.
return args is ["child", .. var rest] ? Child.Run(ChildOptions.Parse(rest)) : Conductor.Run(BenchOptions.Parse(args));
