// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib-object.h>
#include <memory>

// Owns one GObject reference (GMime objects are GObjects) and drops it with g_object_unref.
struct GObjectUnref
{
    void operator()(gpointer object) const
    {
        if (object)
            g_object_unref(object);
    }
};

template<typename T> using GObjectPtr = std::unique_ptr<T, GObjectUnref>;
