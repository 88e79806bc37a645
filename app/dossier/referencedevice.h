// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPaintDevice>

// A page that is never painted on, measured in points (72 per inch). Text is laid out against
// it so that line breaks, and therefore page numbers, are the same on a PDF, a printer or a
// preview; the renderer then scales points to the real device.
class ReferenceDevice : public QPaintDevice
{
public:
    static const ReferenceDevice *instance();

    QPaintEngine *paintEngine() const override { return nullptr; }

protected:
    int metric(PaintDeviceMetric metric) const override;
};
