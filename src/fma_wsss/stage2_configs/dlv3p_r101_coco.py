# DeepLabV3+ ResNet-101 on the seeds of COCO 2014 (81 classes): the VOC recipe (dlv3p_r101_voc.py, stock mmseg's
# voc12aug settings) with COCO's class count and 80k iterations (stock mmseg has no COCO-object DeepLabV3+ config;
# the schedule doubles VOC's, as the Mask2Former recipes do from VOC's 80k to COCO's 100k+). Our choice, documented
# in the README.
_base_ = ["./dlv3p_r101_voc.py"]

num_classes = 81
model = dict(decode_head=dict(num_classes=num_classes), auxiliary_head=dict(num_classes=num_classes))
max_iters = 80000
param_scheduler = [dict(type="PolyLR", eta_min=1e-4, power=0.9, begin=0, end=max_iters, by_epoch=False)]
train_cfg = dict(max_iters=max_iters, val_interval=8000)
default_hooks = dict(checkpoint=dict(interval=8000))
