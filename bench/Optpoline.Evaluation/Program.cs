return Optpoline.Evaluation.EvaluationApp.Run(args);
