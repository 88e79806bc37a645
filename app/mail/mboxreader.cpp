// SPDX-License-Identifier: GPL-3.0-or-later
// placeholder until the mail reader lands
