#pragma once

namespace onco {

/**
 * Sets the application and organisation names that QStandardPaths and QSettings derive paths from,
 * so the GUI and the CLI share one knowledge base and one settings file. Call right after
 * constructing the Q*Application.
 */
void setApplicationIdentity();

} // namespace onco
