# -*- coding: utf-8 -*-
__version__ = "0.1.0"
import os