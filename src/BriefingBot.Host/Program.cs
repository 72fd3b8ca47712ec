using BriefingBot.Host.Cli;

// Composition lives in Hosting/BriefingHostBuilder.cs; the command line in Cli/CliApp.cs.
return await CliApp.Create().Parse(args).InvokeAsync();
