#pragma once
#include "high.h" // base/ may not reach up to job/
