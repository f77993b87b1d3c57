#pragma once

#include <QStringList>

namespace onco {

/**
 * The oncoboard-cli command line: a public contract for hospital scripts (docs/cli.md).
 * Exit codes: 0 success, 1 other failure (database, writing output), 2 usage error (usage on
 * stderr), 3 bad input ("PATH:LINE: what is wrong" on stderr, no partial output file left).
 */
class CliApp
{
public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        UsageError = 2,
        BadInput = 3,
    };

    /** Runs the command in `arguments` (argv[0] first) and returns the process exit code. */
    static int run(const QStringList& arguments);
};

} // namespace onco
