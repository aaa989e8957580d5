#pragma once
#include "narrow.h" // by name alone: which folder is it from?
