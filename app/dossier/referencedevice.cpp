// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/referencedevice.h"

#include "dossier/dossierstyle.h"

#include <cmath>

const ReferenceDevice *ReferenceDevice::instance()
{
    static const ReferenceDevice device;
    return &device;
}

int ReferenceDevice::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return int(std::lround(DossierStyle::pageWidth));
    case PdmHeight:
        return int(std::lround(DossierStyle::pageHeight));
    case PdmWidthMM:
        return 210;
    case PdmHeightMM:
        return 297;
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return 72;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    }
    return 0;
}
