return Optpoline.Cli.CliApp.Run(args);
