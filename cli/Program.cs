return await IrisStack.Cli.CliApp.RunAsync(args, Console.Out, Console.Error);
