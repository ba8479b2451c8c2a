using System.Diagnostics;
using Steward.Core.Configuration;
using Steward.Core.Errors;

namespace Steward.Artifacts;

/// <summary>
/// Runs the configured signing command for one file: its argument array with <c>{file}</c> and <c>{signature}</c>
/// replaced, started directly (never through a shell), with standard input closed so a passphrase prompt fails
/// instead of hanging. The command must leave the signature at the given path.
/// </summary>
internal static class SignerRunner
{
    public static byte[] Sign(SignerConfig signer, string file, string signature, string workingDirectory, IReadOnlyDictionary<string, string?> environment)
    {
        var arguments = signer.Command.Select(a => a.Replace("{file}", file, StringComparison.Ordinal).Replace("{signature}", signature, StringComparison.Ordinal)).ToList();
        var info = new ProcessStartInfo(arguments[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments.Skip(1))
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var name = Path.GetFileName(file);
        Process process;
        try
        {
            process = Process.Start(info) ?? throw Messages.SignerNotStarted(signer.Command[0]);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw Messages.SignerCouldNotStart(signer.Command[0], e.Message, e);
        }

        using (process)
        {
            process.StandardInput.Close();
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();

            // Read to its end whatever the exit code: the read must not outlive the process it reads from.
            var errorText = error.GetAwaiter().GetResult();
            if (process.ExitCode != 0)
            {
                var reason = errorText.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "no message";
                throw Messages.SignerFailed(signer.Command[0], name, process.ExitCode, reason);
            }
        }

        return File.Exists(signature)
            ? File.ReadAllBytes(signature)
            : throw Messages.SignerWroteNoSignature(signer.Command[0], Path.GetFileName(signature));
    }
}
